# case: score normaliser with learnable log-temperature Parameter created in a helper, normalisation mode picked by config -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

SCORE_NORMS = ("none", "softmax", "zscore")


class ScoreNormConfig:
    def __init__(self, init_temperature=0.07, learn_temperature=True, score_norm="softmax", max_logit_scale=100.0):
        self.init_temperature = init_temperature
        self.learn_temperature = learn_temperature
        self.score_norm = score_norm
        self.max_logit_scale = max_logit_scale


class ScoreNormalizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        assert config.score_norm in SCORE_NORMS
        self.score_norm = config.score_norm
        self.max_log_scale = math.log(config.max_logit_scale)
        self._init_temperature(config)

    def _init_temperature(self, config):
        value = np.array(math.log(1.0 / config.init_temperature), np.float32)
        self.logit_scale = Parameter(Tensor(value), name="logit_scale",
                                     requires_grad=config.learn_temperature)

    def construct(self, scores):
        scale = ops.exp(ops.clamp(self.logit_scale, max=self.max_log_scale))
        scores = scores * scale
        if self.score_norm == "softmax":
            return ops.softmax(scores, axis=-1)
        if self.score_norm == "zscore":
            mu = scores.mean(axis=-1, keep_dims=True)
            sd = ops.std(scores, axis=-1, keepdims=True)
            return (scores - mu) / (sd + 1e-6)
        return scores


def make():
    np.random.seed(9)
    s = Tensor(np.random.randn(4, 20).astype(np.float32))
    return ScoreNormalizer(ScoreNormConfig()), (s,)
