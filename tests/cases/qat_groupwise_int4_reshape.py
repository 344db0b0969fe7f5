# case: group-wise int4 weight quantization reshapes (out, in) to (out, in//group, group) with sizes from .shape and a config group size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class GroupwiseInt4Linear(nn.Cell):
    def __init__(self, in_features=16, out_features=4, group_size=4, num_bits=4):
        super().__init__()
        assert in_features % group_size == 0
        self.weight = Parameter(Tensor(np.random.randn(out_features, in_features).astype(np.float32)), name="weight")
        self.group_size = group_size
        self.qmax = 2 ** (num_bits - 1) - 1

    def quantize_groups(self, w):
        out_f, in_f = w.shape
        wg = w.reshape(out_f, in_f // self.group_size, self.group_size)
        scales = ops.abs(wg).max(axis=-1, keepdims=True) / self.qmax
        scales = ops.maximum(scales, 1e-8)
        q = ops.clamp(ops.round(wg / scales), -self.qmax - 1, self.qmax)
        return (q * scales).reshape(out_f, in_f)

    def construct(self, x):
        wq = self.quantize_groups(self.weight)
        return ops.matmul(x, wq.T)


def make():
    np.random.seed(114)
    x = Tensor(np.random.randn(2, 16).astype(np.float32))
    return GroupwiseInt4Linear(), (x,)
