# case: ACT temporal ensembling averages the chunk predictions covering the current step, keeping only as many rows as the valid-mask count (helper slices with a tensor length) -> data-dependent slice length, expect Graph mode to reject it or fall to dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnsembleConfig:
    def __init__(self, chunk_size=8, action_dim=7, ensemble_coeff=0.01, use_ensemble=True):
        self.chunk_size = chunk_size
        self.action_dim = action_dim
        self.ensemble_coeff = ensemble_coeff
        self.use_ensemble = use_ensemble


def exp_weights(n, coeff):
    w = np.exp(-coeff * np.arange(n)).astype(np.float32)
    return w / w.sum()


class TemporalEnsembler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_ensemble = config.use_ensemble
        self.chunk_size = config.chunk_size
        self.weights = Tensor(exp_weights(config.chunk_size, config.ensemble_coeff))

    def _valid_rows(self, preds, valid):
        n_valid = valid.astype(ms.int32).sum()
        return preds[:n_valid], self.weights[:n_valid]

    def construct(self, preds, valid):
        # preds: (chunk_size, action_dim), row i = prediction made i steps ago
        if not self.use_ensemble:
            return preds[0]
        rows, w = self._valid_rows(preds, valid)
        w = w / w.sum()
        return (rows * w.expand_dims(-1)).sum(axis=0)


def make():
    np.random.seed(0)
    cfg = EnsembleConfig()
    preds = Tensor(np.random.randn(cfg.chunk_size, cfg.action_dim).astype(np.float32))
    valid = Tensor(np.array([1, 1, 1, 1, 1, 0, 0, 0], dtype=np.bool_))
    return TemporalEnsembler(cfg), (preds, valid)
