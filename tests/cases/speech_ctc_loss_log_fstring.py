# case: CTC training cell logs the loss with an f-string using float(loss) inside construct -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCModel(nn.Cell):
    def __init__(self, in_dim=8, vocab=5, verbose=True):
        super().__init__()
        self.rnn = nn.LSTM(in_dim, 8, batch_first=False)
        self.out = nn.Dense(8, vocab)
        self.ctc = ops.CTCLoss(ctc_merge_repeated=True, ignore_longer_outputs_than_inputs=True)
        self.verbose = verbose

    def build_sparse_labels(self, labels):
        b, l = labels.shape
        bi = ops.arange(b).reshape(-1, 1).broadcast_to((b, l)).reshape(-1)
        li = ops.arange(l).reshape(1, -1).broadcast_to((b, l)).reshape(-1)
        return ops.stack([bi, li], axis=1).astype(ms.int64), labels.reshape(-1)

    def construct(self, feats, labels, seq_len):
        h, _ = self.rnn(feats)                     # (T, B, H)
        logits = self.out(h)
        idx, vals = self.build_sparse_labels(labels)
        loss, _ = self.ctc(logits, idx, vals, seq_len)
        loss = loss.mean()
        if self.verbose:
            print(f"ctc loss = {float(loss):.4f}")
        return loss


def make():
    np.random.seed(16)
    feats = Tensor(np.random.randn(10, 2, 8).astype(np.float32))
    labels = Tensor(np.array([[1, 2, 3], [2, 2, 4]], np.int32))
    seq_len = Tensor(np.array([10, 9], np.int32))
    return CTCModel(), (feats, labels, seq_len)
