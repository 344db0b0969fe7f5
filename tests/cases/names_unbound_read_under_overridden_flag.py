# case: a name bound in one arm of `if x.ndim > 2` is read only under `if self.sub_mean:`, and every construction passes sub_mean=False (default True) -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Parameter, nn


class GraphInstanceNormMask(nn.Cell):
    def __init__(self, num_features, eps=1e-5, sub_mean=True, divide_std=True, affine_weight=True, affine_bias=True):
        super().__init__()
        self.num_features = num_features
        self.eps = eps
        self.sub_mean = sub_mean
        self.divide_std = divide_std
        self.affine_weight = affine_weight
        self.affine_bias = affine_bias
        self.mean = ops.ReduceMean(keep_dims=True)
        if affine_weight:
            self.gamma = Parameter(ops.ones((self.num_features,), ms.float32), name="gamma", requires_grad=True)
        if affine_bias:
            self.beta = Parameter(ops.zeros((self.num_features,), ms.float32), name="beta", requires_grad=True)

    def construct(self, x, mask):
        if x.ndim != mask.ndim:
            shape = [1] * x.ndim
            shape[0] = -1
            mask = ops.reshape(mask, shape).astype(x.dtype)
        x = ops.mul(x, mask)

        if x.ndim > 2:
            norm_axis = []
            shape = [-1]
            for i in range(2, x.ndim):
                norm_axis.append(i)
                shape.append(1)

            if self.affine_weight:
                gamma = ops.reshape(self.gamma.astype(x.dtype), shape)
            if self.affine_bias:
                beta = ops.reshape(self.beta.astype(x.dtype), shape)
        else:
            if self.affine_weight:
                gamma = self.gamma.astype(x.dtype)
            if self.affine_bias:
                beta = self.beta.astype(x.dtype)

        if self.sub_mean:
            mean = self.mean(x, 0)
            if x.ndim > 2:
                mean = self.mean(mean, norm_axis)
            x = x - mean

        if self.affine_weight:
            x = x * gamma

        if self.affine_bias:
            beta = ops.mul(beta, mask)
            x = x + beta
        return x


class Both(nn.Cell):
    def __init__(self):
        super().__init__()
        self.n2 = GraphInstanceNormMask(4, sub_mean=False)
        self.n3 = GraphInstanceNormMask(4, sub_mean=False)

    def construct(self, x2, x3, mask):
        return self.n3(x3, mask)


def make():
    x2 = ms.Tensor(np.ones((5, 4), np.float32))
    x3 = ms.Tensor(np.ones((5, 4, 3), np.float32))
    mask = ms.Tensor(np.ones((5,), np.float32))
    return Both(), (x2, x3, mask)
