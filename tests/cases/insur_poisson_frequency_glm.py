# case: Poisson GLM for claim frequency with log exposure offset and Poisson NLL loss -> static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrequencyGLM(nn.Cell):
    def __init__(self, n_features=7):
        super().__init__()
        self.linear = nn.Dense(n_features, 1)

    def predict(self, x, exposure):
        eta = self.linear(x).squeeze(-1) + ops.log(exposure)
        return ops.exp(eta)


class PoissonLoss(nn.Cell):
    def __init__(self, net):
        super().__init__()
        self.net = net

    def construct(self, x, exposure, n_claims):
        mu = self.net.predict(x, exposure)
        nll = mu - n_claims * ops.log(mu + 1e-8) + ops.lgamma(n_claims + 1.0)
        return nll.mean()


def make():
    np.random.seed(14)
    x = Tensor(np.random.randn(32, 7).astype(np.float32))
    exp_ = Tensor(np.random.uniform(0.1, 1.0, size=(32,)).astype(np.float32))
    n = Tensor(np.random.poisson(0.3, size=(32,)).astype(np.float32))
    return PoissonLoss(FrequencyGLM()), (x, exp_, n)
