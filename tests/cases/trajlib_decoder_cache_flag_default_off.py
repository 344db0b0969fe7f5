# case: multi-modal decoder has a mixin that would store the best mode on self, but cache_predictions defaults to False and no caller enables it -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, hidden_size=32, num_modes=6, future_steps=12, cache_predictions=False):
        self.hidden_size = hidden_size
        self.num_modes = num_modes
        self.future_steps = future_steps
        self.cache_predictions = cache_predictions


class PredictionCacheMixin:
    def _maybe_cache(self, value):
        if self.cache_predictions:
            self.last_best_mode = value
        return value


class MultiModalDecoder(nn.Cell, PredictionCacheMixin):
    def __init__(self, config):
        super().__init__()
        self.cache_predictions = config.cache_predictions
        self.k, self.t = config.num_modes, config.future_steps
        self.traj = nn.Dense(config.hidden_size, self.k * self.t * 2)
        self.score = nn.Dense(config.hidden_size, self.k)

    def construct(self, agent_feat):
        b = agent_feat.shape[0]
        trajs = self.traj(agent_feat).reshape(b, self.k, self.t, 2)
        probs = ops.softmax(self.score(agent_feat), axis=-1)
        best = self._maybe_cache(probs.argmax(axis=-1))
        return trajs, probs, best


def make():
    np.random.seed(24)
    feat = Tensor(np.random.randn(3, 32).astype(np.float32))
    return MultiModalDecoder(DecoderConfig()), (feat,)
