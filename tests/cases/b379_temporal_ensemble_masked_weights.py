# case: ACT temporal ensembling with exponential weights masked by the valid-prediction flags (mask multiplies weights, no slicing) -> static shapes, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EPS = 1e-6


class ACTConfig:
    chunk_size = 10
    action_dim = 14
    temporal_ensemble_coeff = 0.01
    n_action_steps = 1
    normalize_weights = True


class TemporalEnsembler(nn.Cell):
    def __init__(self, config, coeff=None):
        super().__init__()
        coeff = config.temporal_ensemble_coeff if coeff is None else coeff
        self.normalize_weights = getattr(config, "normalize_weights", True)
        self.chunk_size = config.chunk_size
        w = np.exp(-coeff * np.arange(config.chunk_size)).astype(np.float32)
        self.ensemble_weights = Tensor(w)

    def _masked_weights(self, valid):
        w = self.ensemble_weights * valid.astype(ms.float32)
        if self.normalize_weights:
            w = w / ops.maximum(w.sum(axis=-1, keepdims=True), EPS)
        return w

    def construct(self, preds, valid):
        # preds: (B, chunk_size, action_dim); valid: (B, chunk_size)
        n_valid = valid.astype(ms.int32).sum(axis=-1)
        w = self._masked_weights(valid)
        action = (preds * w.expand_dims(-1)).sum(axis=1)
        return action, n_valid


def make():
    np.random.seed(1)
    cfg = ACTConfig()
    preds = Tensor(np.random.randn(2, cfg.chunk_size, cfg.action_dim).astype(np.float32))
    valid = np.zeros((2, cfg.chunk_size), dtype=np.bool_)
    valid[0, :4] = True
    valid[1, :7] = True
    return TemporalEnsembler(cfg), (preds, Tensor(valid))
