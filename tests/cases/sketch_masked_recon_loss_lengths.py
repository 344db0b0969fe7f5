# case: sketch-RNN reconstruction loss over a variable-length batch using a sequence mask built from lengths -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedReconstructionLoss(nn.Cell):
    """Offset MSE + pen cross entropy, averaged over valid time steps."""

    def __init__(self, pen_weight=1.0, eps=1e-6):
        super().__init__()
        self.pen_weight = pen_weight
        self.eps = eps

    def valid_mask(self, lengths, max_len):
        return ops.sequence_mask(lengths, max_len).astype(ms.float32)

    def construct(self, pred_xy, pen_logits, target, lengths):
        mask = self.valid_mask(lengths, target.shape[1])
        offset_err = ((pred_xy - target[..., :2]) ** 2).sum(axis=-1)
        pen_logp = ops.log_softmax(pen_logits, axis=-1)
        pen_nll = -(pen_logp * target[..., 2:]).sum(axis=-1)
        per_step = offset_err + self.pen_weight * pen_nll
        return (per_step * mask).sum() / (mask.sum() + self.eps)


def make():
    np.random.seed(24)
    b, t = 3, 8
    pred = np.random.randn(b, t, 2).astype(np.float32)
    pen = np.random.randn(b, t, 3).astype(np.float32)
    tgt = np.zeros((b, t, 5), np.float32)
    tgt[..., :2] = np.random.randn(b, t, 2)
    tgt[..., 2] = 1.0
    lengths = np.array([8, 5, 3], np.int32)
    return MaskedReconstructionLoss(), (Tensor(pred), Tensor(pen), Tensor(tgt), Tensor(lengths))
