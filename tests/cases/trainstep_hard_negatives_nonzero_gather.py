# case: metric-learning step picks violating negatives with ops.nonzero on margin test then gathers their losses -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TripletMiningLoss(nn.Cell):
    def __init__(self, margin=0.2):
        super().__init__()
        self.margin = margin

    def construct(self, anchor, positive, negative):
        d_ap = ops.square(anchor - positive).sum(-1)
        d_an = ops.square(anchor - negative).sum(-1)
        losses = ops.relu(d_ap - d_an + self.margin)
        active_idx = ops.nonzero(losses > 0).reshape(-1)
        active = ops.gather(losses, active_idx, 0)
        return active.sum() / ops.maximum(ops.cast(active.shape[0], ms.float32), 1.0)


class EmbedTrainStep(nn.Cell):
    def __init__(self, encoder, optimizer, margin=0.2):
        super().__init__()
        self.encoder = encoder
        self.optimizer = optimizer
        self.loss_fn = TripletMiningLoss(margin)
        self.grad_fn = ms.value_and_grad(self.forward, None, optimizer.parameters)

    def forward(self, a, p, n):
        return self.loss_fn(self.encoder(a), self.encoder(p), self.encoder(n))

    def construct(self, a, p, n):
        loss, grads = self.grad_fn(a, p, n)
        self.optimizer(grads)
        return loss


def make():
    np.random.seed(42)
    enc = nn.Dense(6, 4)
    opt = nn.Adam(enc.trainable_params(), learning_rate=1e-3)
    a, p, n = (Tensor(np.random.randn(8, 6).astype(np.float32)) for _ in range(3))
    return EmbedTrainStep(enc, opt), (a, p, n)
