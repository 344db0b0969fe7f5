# case: @ms.jit function taking an ms.mutable tuple of fixed-shape tensors and summing them; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def fuse(feats, bias):
    acc = feats[0]
    for f in feats[1:]:
        acc = acc + f
    return acc + bias


def make():
    feats = ms.mutable((Tensor(np.ones((2, 4), np.float32)),
                        Tensor(np.ones((2, 4), np.float32)),
                        Tensor(np.ones((2, 4), np.float32))))
    return fuse, (feats, Tensor(np.zeros((4,), np.float32)))
