# case: DCN cross network that keeps stacking cross layers while the update norm stays above a tolerance and concatenates every layer's output -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossLayer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.w = nn.Dense(dim, 1, has_bias=False)
        self.b = ms.Parameter(Tensor(np.zeros((dim,), np.float32)), name="b")

    def construct(self, x0, xl):
        return x0 * self.w(xl) + self.b + xl


class AdaptiveCrossNet(nn.Cell):
    def __init__(self, dim=12, max_layers=4, tol=1e-3):
        super().__init__()
        self.cross = CrossLayer(dim)
        self.max_layers = max_layers
        self.tol = tol
        self.head = nn.Dense(dim, 1)

    def construct(self, x0):
        xl = x0
        outputs = [x0]
        i = 0
        delta = ops.ones((), ms.float32)
        while delta > self.tol and i < self.max_layers:
            x_next = self.cross(x0, xl)
            delta = ops.norm(x_next - xl) / x0.shape[0]
            xl = x_next
            outputs.append(xl)
            i += 1
        stacked = ops.concat(outputs, axis=-1)
        return self.head(stacked[:, -x0.shape[1]:]).squeeze(-1), stacked


def make():
    np.random.seed(12)
    x0 = Tensor(np.random.randn(4, 12).astype(np.float32))
    return AdaptiveCrossNet(), (x0,)
