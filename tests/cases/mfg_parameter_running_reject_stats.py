# case: running reject statistics kept in non-trainable Parameters updated with ops.assign inside construct -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RunningRejectTracker(nn.Cell):
    def __init__(self, n_feat=6, threshold=0.5, momentum=0.9):
        super().__init__()
        self.fc = nn.Dense(n_feat, 1)
        self.threshold = threshold
        self.momentum = momentum
        self.ema_rate = Parameter(Tensor(0.0, ms.float32), name="ema_rate", requires_grad=False)
        self.total_parts = Parameter(Tensor(0.0, ms.float32), name="total_parts", requires_grad=False)

    def construct(self, x):
        score = ops.sigmoid(self.fc(x)).squeeze(-1)
        bad = (score > self.threshold).astype(ms.float32)
        rate = bad.mean()
        new_ema = self.ema_rate * self.momentum + rate * (1 - self.momentum)
        ops.assign(self.ema_rate, new_ema)
        ops.assign_add(self.total_parts, Tensor(x.shape[0], ms.float32))
        return bad, new_ema


def make():
    np.random.seed(22)
    x = Tensor(np.random.randn(8, 6).astype(np.float32))
    return RunningRejectTracker(), (x,)
