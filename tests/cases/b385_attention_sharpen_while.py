# case: behaviour attention sharpens its softmax temperature in a while loop until the max weight passes a threshold, with a capped iteration count; every iteration keeps the (batch, seq) shape -> data-dependent loop but fixed shapes, expect a static graph with control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_SHARPEN_STEPS = 5


class SharpenConfig:
    def __init__(self, emb_dim=8, target_peak=0.5, init_temperature=2.0):
        self.emb_dim = emb_dim
        self.target_peak = target_peak
        self.init_temperature = init_temperature


class SharpenedBehaviourAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.target_peak = config.target_peak
        self.init_temperature = config.init_temperature
        self.key_proj = nn.Dense(config.emb_dim, config.emb_dim, has_bias=False)

    def _masked_softmax(self, scores, mask, temperature):
        scores = ops.where(mask > 0, scores / temperature, ops.full_like(scores, -1e9))
        return ops.softmax(scores, axis=-1)

    def construct(self, target, hist, mask):
        keys = self.key_proj(hist)
        scores = (keys * target.expand_dims(1)).sum(-1)
        temperature = Tensor(self.init_temperature, ms.float32)
        weights = self._masked_softmax(scores, mask, temperature)
        step = 0
        while weights.max() < self.target_peak and step < MAX_SHARPEN_STEPS:
            temperature = temperature * 0.5
            weights = self._masked_softmax(scores, mask, temperature)
            step += 1
        return (weights.expand_dims(-1) * hist).sum(axis=1)


def make():
    np.random.seed(38517)
    cfg = SharpenConfig()
    mask = (np.arange(6)[None, :] < np.array([[6], [3], [5]])).astype(np.float32)
    target = Tensor(np.random.randn(3, cfg.emb_dim).astype(np.float32))
    hist = Tensor(np.random.randn(3, 6, cfg.emb_dim).astype(np.float32))
    return SharpenedBehaviourAttention(cfg), (target, hist, Tensor(mask))
