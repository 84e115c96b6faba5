# Warnings every target of ours compiles with. -Werror=switch makes a missing case (e.g. an error
# code without a message) a build error.
function(optagelse_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror=switch -Werror=return-type)
endfunction()
