# case: deep evidential regression head producing Normal-Inverse-Gamma parameters and aleatoric/epistemic variances, softplus constraints -> static tensor arithmetic, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NIGHead(nn.Cell):
    def __init__(self, in_dim=8, hidden=16):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU()])
        self.out = nn.Dense(hidden, 4)

    def construct(self, x):
        raw = self.out(self.trunk(x))
        gamma, lognu, logalpha, logbeta = ops.split(raw, 1, axis=-1)
        nu = ops.softplus(lognu)
        alpha = ops.softplus(logalpha) + 1.0
        beta = ops.softplus(logbeta)
        aleatoric = beta / (alpha - 1.0)
        epistemic = beta / (nu * (alpha - 1.0))
        return gamma, aleatoric, epistemic


def make():
    np.random.seed(0)
    head = NIGHead()
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    return head, (x,)
