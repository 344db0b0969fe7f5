# case: online handwriting CTC loss where input and label lengths are counted from padding masks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HandwritingCTCLoss(nn.Cell):
    """GRU encoder over pen points; CTC against zero-padded character labels."""

    def __init__(self, in_dim=4, hidden=16, num_chars=9, blank=0, pad_label=0):
        super().__init__()
        self.rnn = nn.GRU(in_dim, hidden, batch_first=True)
        self.cls = nn.Dense(hidden, num_chars)
        self.blank = blank
        self.pad_label = pad_label

    def lengths(self, point_mask, labels):
        input_lengths = point_mask.astype(ms.int32).sum(axis=1)
        label_lengths = (labels != self.pad_label).astype(ms.int32).sum(axis=1)
        return input_lengths, label_lengths

    def construct(self, points, point_mask, labels):
        feats, _ = self.rnn(points * point_mask.expand_dims(-1).astype(ms.float32))
        log_probs = ops.log_softmax(self.cls(feats), axis=-1).transpose(1, 0, 2)
        in_len, lab_len = self.lengths(point_mask, labels)
        loss, _ = ops.ctc_loss(log_probs, labels, in_len, lab_len,
                               blank=self.blank, reduction="mean", zero_infinity=True)
        return loss


def make():
    np.random.seed(27)
    ms.set_seed(27)
    b, t = 2, 14
    points = np.random.randn(b, t, 4).astype(np.float32)
    mask = np.zeros((b, t), np.bool_)
    mask[0, :14] = True
    mask[1, :10] = True
    labels = np.array([[1, 5, 3, 0], [4, 2, 0, 0]], np.int32)
    return HandwritingCTCLoss(), (Tensor(points), Tensor(mask), Tensor(labels))
