# case: reader pooler built on an nn.LayerNorm subclass with an optional pre-norm residual, feeding the answerable classifier; flags read via getattr with defaults -> LayerNorm subclass and constant flags; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolerConfig:
    hidden_size = 16
    layer_norm_eps = 1e-5
    pooler_residual = True


class ResidualLayerNorm(nn.LayerNorm):
    def __init__(self, hidden_size, eps=1e-5, residual=False):
        super().__init__((hidden_size,), epsilon=eps)
        self.residual = residual

    def construct(self, x, residual_input=None):
        if self.residual and residual_input is not None:
            x = x + residual_input
        return super().construct(x)


class AnswerablePooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Dense(config.hidden_size, config.hidden_size, activation="tanh")
        self.norm = ResidualLayerNorm(config.hidden_size, getattr(config, "layer_norm_eps", 1e-12),
                                      getattr(config, "pooler_residual", False))
        self.classifier = nn.Dense(config.hidden_size, 2)
        self.use_mean_pool = getattr(config, "use_mean_pool", False)

    def construct(self, sequence_output):
        if self.use_mean_pool:
            cls = sequence_output.mean(axis=1)
        else:
            cls = sequence_output[:, 0]
        pooled = self.norm(self.dense(cls), cls)
        return self.classifier(pooled)


def make():
    np.random.seed(3749)
    seq = Tensor(np.random.randn(3, 8, 16).astype(np.float32))
    return AnswerablePooler(PoolerConfig()), (seq,)
