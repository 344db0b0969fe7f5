# case: seq2seq loss that crops the decoder's max_horizon outputs to the label horizon with pred[:, :labels.shape[1]] and skips a warm-up step from the config -> slice bounds from static shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrainConfig:
    def __init__(self, max_horizon=12, warmup_steps=1, loss="mae"):
        self.max_horizon = max_horizon
        self.warmup_steps = warmup_steps
        self.loss = loss


class CroppedHorizonLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.warmup = config.warmup_steps
        self.loss_type = config.loss

    def construct(self, pred, labels):
        horizon = labels.shape[1]
        pred = pred[:, self.warmup:horizon]
        labels = labels[:, self.warmup:]
        mask = (labels != 0).astype(pred.dtype)
        diff = pred - labels
        err = ops.abs(diff) if self.loss_type == "mae" else ops.square(diff)
        return (err * mask).sum() / ops.maximum(mask.sum(), Tensor(1.0, pred.dtype))


def make():
    np.random.seed(3847)
    pred = np.random.randn(2, 12, 5).astype(np.float32)
    labels = np.random.randn(2, 6, 5).astype(np.float32)
    return CroppedHorizonLoss(TrainConfig()), (Tensor(pred), Tensor(labels))
