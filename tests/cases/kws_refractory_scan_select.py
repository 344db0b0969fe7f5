# case: wake-word refractory period applied by a Python loop over the static frame count with tensor state and ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefractoryTrigger(nn.Cell):
    def __init__(self, threshold=0.6, refractory=6):
        super().__init__()
        self.threshold = threshold
        self.refractory = refractory

    def construct(self, conf):
        # conf: (B, T) wake-word confidence
        b, t = conf.shape
        cooldown = ops.zeros((b,), ms.int32)
        fired = []
        for i in range(t):
            ready = cooldown <= 0
            hit = ops.logical_and(conf[:, i] > self.threshold, ready)
            fired.append(hit)
            reset = ops.full_like(cooldown, self.refractory)
            cooldown = ops.select(hit, reset, cooldown - 1)
        return ops.stack(fired, axis=1)


class WakeWordPipeline(nn.Cell):
    def __init__(self, feat_dim=8, refractory=6):
        super().__init__()
        self.score = nn.Dense(feat_dim, 1)
        self.trigger = RefractoryTrigger(refractory=refractory)

    def construct(self, feats):
        conf = ops.sigmoid(self.score(feats)).squeeze(-1)
        return self.trigger(conf)


def make():
    np.random.seed(27)
    feats = np.random.randn(2, 16, 8).astype(np.float32)
    return WakeWordPipeline(), (Tensor(feats),)
