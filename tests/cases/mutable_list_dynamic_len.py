# case: ms.mutable list with dynamic_len=True looped with append then ops.stack in a jit function; expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def stack_all(items):
    out = []
    for t in items:
        out.append(t * 2)
    return ops.stack(out)


def make():
    items = ms.mutable([Tensor(np.ones((3,), np.float32)) for _ in range(4)], dynamic_len=True)
    return stack_all, (items,)
