# case: training loss with min-SNR weighting clips the SNR at snr_gamma with ops.where and a boolean mask turned into float weights -> masks used arithmetically, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrainConfig:
    snr_gamma = 5.0
    prediction_type = "epsilon"
    num_train_timesteps = 50
    drop_high_snr = True


def compute_snr(alphas_cumprod, timesteps):
    acp = ops.gather(alphas_cumprod, timesteps, 0)
    return acp / (1.0 - acp)


class DiffusionLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.snr_gamma = getattr(config, "snr_gamma", None)
        self.prediction_type = config.prediction_type
        self.drop_high_snr = config.drop_high_snr
        betas = np.linspace(1e-4, 0.02, config.num_train_timesteps, dtype=np.float32)
        self.alphas_cumprod = Tensor(np.cumprod(1.0 - betas).astype(np.float32))

    def construct(self, model_pred, target, timesteps):
        per_sample = ((model_pred - target) ** 2).mean(axis=(1, 2, 3))
        if self.snr_gamma is None:
            return per_sample.mean()
        snr = compute_snr(self.alphas_cumprod, timesteps)
        clipped = ops.where(snr > self.snr_gamma, ops.full_like(snr, self.snr_gamma), snr)
        weights = clipped / snr if self.prediction_type == "epsilon" else clipped / (snr + 1)
        if self.drop_high_snr:
            keep = (snr < self.snr_gamma * 100).astype(ms.float32)
            weights = weights * keep
            return (per_sample * weights).sum() / ops.maximum(keep.sum(), 1.0)
        return (per_sample * weights).mean()


def make():
    np.random.seed(24)
    pred = Tensor(np.random.randn(4, 4, 8, 8).astype(np.float32))
    tgt = Tensor(np.random.randn(4, 4, 8, 8).astype(np.float32))
    t = Tensor(np.array([2, 10, 30, 49], np.int32))
    return DiffusionLoss(TrainConfig()), (pred, tgt, t)
