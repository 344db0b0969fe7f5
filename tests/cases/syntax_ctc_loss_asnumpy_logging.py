# case: speech CTC training cell converts the loss to NumPy with .asnumpy() inside construct to check for NaN; expect error at STRICT, maybe fallback at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Encoder(nn.Cell):
    def __init__(self, n_mels=8, vocab=5):
        super().__init__()
        self.fc = nn.Dense(n_mels, vocab)

    def construct(self, x):
        return ops.log_softmax(self.fc(x), axis=-1)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder()
        self.ctc = ops.CTCLoss(ctc_merge_repeated=True)

    def construct(self, feats, label_idx, label_val, seq_len):
        log_probs = self.encoder(feats).transpose(1, 0, 2)
        loss, _ = self.ctc(log_probs, label_idx, label_val, seq_len)
        loss = loss.mean()
        if np.isnan(loss.asnumpy()):
            loss = ops.zeros_like(loss)
        return loss


def make():
    feats = Tensor(np.random.randn(2, 10, 8).astype(np.float32))
    label_idx = Tensor(np.array([[0, 0], [0, 1], [1, 0]], np.int64))
    label_val = Tensor(np.array([1, 2, 3], np.int32))
    seq_len = Tensor(np.array([10, 10], np.int32))
    return Net(), (feats, label_idx, label_val, seq_len)
