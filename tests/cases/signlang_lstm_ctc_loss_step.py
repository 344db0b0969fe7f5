# case: BiLSTM over keypoint frames with CTC loss computed from fixed-size padded gloss targets and length tensors -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SignCTCModel(nn.Cell):
    def __init__(self, in_dim=42, hid=16, vocab=8, blank=0):
        super().__init__()
        self.lstm = nn.LSTM(in_dim, hid, batch_first=True, bidirectional=True)
        self.cls = nn.Dense(hid * 2, vocab)
        self.blank = blank

    def construct(self, feats, targets, in_lens, tgt_lens):
        # feats: (B, T, 42); targets: (B, S) padded gloss ids
        h, _ = self.lstm(feats)
        log_probs = ops.log_softmax(self.cls(h), axis=-1).transpose(1, 0, 2)
        loss, _ = ops.ctc_loss(log_probs, targets, in_lens, tgt_lens, blank=self.blank, reduction="mean")
        return loss


def make():
    np.random.seed(47)
    feats = Tensor(np.random.randn(2, 10, 42).astype(np.float32))
    targets = Tensor(np.array([[3, 5, 2, 0], [1, 4, 0, 0]], np.int32))
    in_lens = Tensor(np.array([10, 8], np.int32))
    tgt_lens = Tensor(np.array([3, 2], np.int32))
    return SignCTCModel(), (feats, targets, in_lens, tgt_lens)
