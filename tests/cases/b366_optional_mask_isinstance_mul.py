# case: masked feature prediction loss with an Optional mask argument, isinstance guards normalizing list/tuple targets and multiplying by the mask instead of indexing -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MFPConfig:
    def __init__(self, dim=8, loss_type="smooth_l1", beta=1.0, reduce_per_view=True):
        self.dim = dim
        self.loss_type = loss_type
        self.beta = beta
        self.reduce_per_view = reduce_per_view


def _elementwise_loss(pred, target, loss_type, beta):
    diff = ops.abs(pred - target)
    if loss_type == "smooth_l1":
        return ops.where(diff < beta, 0.5 * diff * diff / beta, diff - 0.5 * beta)
    return diff * diff


class MaskedFeaturePrediction(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.regressor = nn.Dense(config.dim, config.dim)
        self.loss_type = config.loss_type
        self.beta = config.beta
        self.reduce_per_view = config.reduce_per_view

    def construct(self, tokens, targets, mask=None):
        if isinstance(targets, (list, tuple)):
            targets = ops.stack(targets, axis=0).mean(axis=0)
        pred = self.regressor(tokens)
        loss = _elementwise_loss(pred, targets, self.loss_type, self.beta).mean(axis=-1)
        if mask is not None:
            mask = mask.astype(loss.dtype)
            return (loss * mask).sum() / (mask.sum() + 1e-6)
        return loss.mean()


def make():
    np.random.seed(3699)
    cfg = MFPConfig()
    tokens = Tensor(np.random.randn(2, 6, cfg.dim).astype(np.float32))
    targets = tuple(Tensor(np.random.randn(2, 6, cfg.dim).astype(np.float32)) for _ in range(2))
    mask = Tensor(np.random.rand(2, 6) > 0.5)
    return MaskedFeaturePrediction(cfg), (tokens, targets, mask)
