# case: CondConv layer mixes expert kernels with per-sample routing weights and runs a grouped conv over the batch -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RoutingFn(nn.Cell):
    def __init__(self, in_ch, num_experts, dropout=0.0):
        super().__init__()
        self.fc = nn.Dense(in_ch, num_experts)
        self.dropout = nn.Dropout(p=dropout) if dropout > 0 else None

    def construct(self, x):
        pooled = x.mean(axis=(2, 3))
        if self.dropout is not None:
            pooled = self.dropout(pooled)
        return ops.sigmoid(self.fc(pooled))


class CondConv2d(nn.Cell):
    def __init__(self, in_ch=4, out_ch=6, kernel=3, num_experts=3):
        super().__init__()
        self.routing = RoutingFn(in_ch, num_experts)
        w = np.random.randn(num_experts, out_ch * in_ch * kernel * kernel).astype(np.float32) * 0.1
        self.experts = Parameter(Tensor(w), name="experts")
        self.in_ch, self.out_ch, self.kernel = in_ch, out_ch, kernel

    def construct(self, x):
        b, _, h, w = x.shape
        r = self.routing(x)
        kernels = ops.matmul(r, self.experts)
        kernels = kernels.reshape(b * self.out_ch, self.in_ch, self.kernel, self.kernel)
        x = x.reshape(1, b * self.in_ch, h, w)
        y = ops.conv2d(x, kernels, pad_mode='same', groups=b)
        return y.reshape(b, self.out_ch, h, w)


def make():
    np.random.seed(29)
    x = Tensor(np.random.randn(2, 4, 6, 6).astype(np.float32))
    return CondConv2d(), (x,)
