# case: multi-modal decoder caches the most likely mode index on self.last_best_mode for visualization when config.cache_predictions is on (default) -> attribute of self written in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, hidden_size=32, num_modes=6, future_steps=12, cache_predictions=True):
        self.hidden_size = hidden_size
        self.num_modes = num_modes
        self.future_steps = future_steps
        self.cache_predictions = cache_predictions


class PredictionCacheMixin:
    def _cache(self, name, value):
        if getattr(self, "cache_predictions", False):
            setattr(self, name, value)


class MultiModalDecoder(nn.Cell, PredictionCacheMixin):
    def __init__(self, config):
        super().__init__()
        self.cache_predictions = config.cache_predictions
        self.k, self.t = config.num_modes, config.future_steps
        self.last_best_mode = None
        self.traj = nn.Dense(config.hidden_size, self.k * self.t * 2)
        self.score = nn.Dense(config.hidden_size, self.k)

    def construct(self, agent_feat):
        b = agent_feat.shape[0]
        trajs = self.traj(agent_feat).reshape(b, self.k, self.t, 2)
        probs = ops.softmax(self.score(agent_feat), axis=-1)
        self._cache("last_best_mode", probs.argmax(axis=-1))
        return trajs, probs


def make():
    np.random.seed(23)
    feat = Tensor(np.random.randn(3, 32).astype(np.float32))
    return MultiModalDecoder(DecoderConfig()), (feat,)
