# case: masked-frame prediction splits the clip into context and target halves with n = frames.shape[0] // 2 and slices frames[:n] / frames[n:] -> shape-derived slice bounds, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PredictConfig:
    def __init__(self, channels=3, hidden=8, context_ratio=0.5, detach_context=False):
        self.channels = channels
        self.hidden = hidden
        self.context_ratio = context_ratio
        self.detach_context = detach_context


class FramePredictor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ratio = config.context_ratio
        self.detach_context = config.detach_context
        self.enc = nn.Conv2d(config.channels, config.hidden, 3, pad_mode="same")
        self.dec = nn.Conv2d(config.hidden, config.channels, 3, pad_mode="same")

    def split(self, frames):
        n = int(frames.shape[0] * self.ratio)
        return frames[:n], frames[n:]

    def construct(self, frames):
        context, target = self.split(frames)
        ctx = self.enc(context).mean(axis=0, keep_dims=True)
        if self.detach_context:
            ctx = ops.stop_gradient(ctx)
        pred = self.dec(ops.broadcast_to(ctx, (target.shape[0],) + ctx.shape[1:]))
        return ((pred - target) ** 2).mean()


def make():
    np.random.seed(37436)
    frames = Tensor(np.random.rand(8, 3, 16, 16).astype(np.float32))
    return FramePredictor(PredictConfig()), (frames,)
