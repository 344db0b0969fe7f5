# case: CTC training cell for pen trajectories logs the loss with an f-string when verbose (default on) -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrajectoryCTCTrainer(nn.Cell):
    """1-D conv encoder over (dx, dy, pen) + CTC loss, with optional logging."""

    def __init__(self, in_ch=3, width=16, num_chars=10, verbose=True):
        super().__init__()
        self.conv1 = nn.Conv1d(in_ch, width, 3, pad_mode="same")
        self.conv2 = nn.Conv1d(width, width, 3, pad_mode="same")
        self.act = nn.ReLU()
        self.head = nn.Dense(width, num_chars)
        self.verbose = verbose

    def encode(self, x):
        h = self.act(self.conv1(x.transpose(0, 2, 1)))
        h = self.act(self.conv2(h))
        return self.head(h.transpose(0, 2, 1))

    def construct(self, strokes, labels, input_lengths, label_lengths):
        logits = self.encode(strokes)
        log_probs = ops.log_softmax(logits, axis=-1).transpose(1, 0, 2)
        loss, _ = ops.ctc_loss(log_probs, labels, input_lengths, label_lengths,
                               blank=0, reduction="mean")
        if self.verbose:
            print(f"ctc loss = {loss} (batch {strokes.shape[0]})")
        return loss


def make():
    np.random.seed(9)
    b, t, s = 2, 12, 4
    strokes = Tensor(np.random.randn(b, t, 3).astype(np.float32))
    labels = Tensor(np.array([[3, 4, 5, 0], [2, 7, 0, 0]], np.int32))
    input_lengths = Tensor(np.array([12, 10], np.int32))
    label_lengths = Tensor(np.array([3, 2], np.int32))
    return TrajectoryCTCTrainer(), (strokes, labels, input_lengths, label_lengths)
