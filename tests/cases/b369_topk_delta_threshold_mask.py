# case: client uplink compressor keeps the top-k magnitudes of the delta via a threshold mask multiplied in (k from the static shape), error-feedback residual held in a Parameter -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CompressionConfig:
    topk_ratio = 0.1
    error_feedback = True
    delta_shape = (8, 16)


class ThresholdCompressor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ratio = config.topk_ratio
        self.error_feedback = config.error_feedback
        self.residual = Parameter(Tensor(np.zeros(config.delta_shape, np.float32)), name="ef_residual",
                                  requires_grad=False)

    def construct(self, delta):
        if self.error_feedback:
            delta = delta + self.residual
        flat = ops.abs(delta.reshape(-1))
        k = max(1, int(self.ratio * flat.shape[0]))
        top_vals, _ = ops.topk(flat, k)
        thresh = top_vals[k - 1]
        keep = (ops.abs(delta) >= thresh).astype(delta.dtype)
        sent = delta * keep
        if self.error_feedback:
            ops.assign(self.residual, delta - sent)
        return sent


def make():
    np.random.seed(26)
    comp = ThresholdCompressor(CompressionConfig())
    return comp, (Tensor(np.random.randn(8, 16).astype(np.float32)),)
