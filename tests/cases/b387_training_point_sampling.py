# case: mask decoder whose training-only branch samples foreground points with ops.nonzero for an auxiliary loss; the cell is put in eval mode so only the dense inference path is compiled -> training branch not taken; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, value_dim=8, hidden_dim=8, aux_loss=True, num_points=16):
        self.value_dim = value_dim
        self.hidden_dim = hidden_dim
        self.aux_loss = aux_loss
        self.num_points = num_points


class MaskDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.aux_loss = config.aux_loss
        self.num_points = config.num_points
        self.fuse = nn.Conv2d(config.value_dim, config.hidden_dim, 3, pad_mode="same")
        self.pred = nn.Conv2d(config.hidden_dim, 1, 1, has_bias=True)

    def _sample_fg_points(self, logits, gt_mask):
        fg = ops.nonzero(gt_mask.reshape(-1) > 0.5).reshape(-1)
        return ops.gather(logits.reshape(-1), fg, 0)

    def construct(self, readout, gt_mask=None):
        hidden = ops.relu(self.fuse(readout))
        logits = self.pred(hidden)
        if self.training and self.aux_loss and gt_mask is not None:
            point_logits = self._sample_fg_points(logits, gt_mask)
            aux = ops.binary_cross_entropy_with_logits(
                point_logits, ops.ones_like(point_logits), ops.ones_like(point_logits), ops.ones_like(point_logits))
            return logits, aux
        return ops.sigmoid(logits)


def make():
    np.random.seed(3896)
    net = MaskDecoder(DecoderConfig())
    net.set_train(False)
    readout = Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32))
    gt = Tensor((np.random.rand(1, 1, 8, 8) > 0.5).astype(np.float32))
    return net, (readout, gt)
