# case: near miss: a dict comprehension over a dict of tensors keeps that dict's constant string keys (renamed), not tensor keys
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, y):
        feats = {"a": x, "b": y}
        renamed = {k + "_out": v * 2 for k, v in feats.items()}
        return renamed["a_out"] + renamed["b_out"]


def make():
    return Net(), (Tensor(np.ones(4, np.float32)), Tensor(np.ones(4, np.float32)))
