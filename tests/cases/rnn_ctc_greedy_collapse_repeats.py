# case: BiLSTM CTC acoustic model whose greedy decoder collapses repeats and removes blanks with masked_select; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_LABELS = 12
BLANK = 0


class AcousticModel(nn.Cell):
    def __init__(self, n_feat=10, hid=16):
        super().__init__()
        self.conv = nn.Conv1d(n_feat, hid, 3, pad_mode="same")
        self.lstm = nn.LSTM(hid, hid, batch_first=True, bidirectional=True)
        self.fc = nn.Dense(2 * hid, N_LABELS)

    def construct(self, feats):
        x = ops.relu(self.conv(feats.transpose(0, 2, 1))).transpose(0, 2, 1)
        h, _ = self.lstm(x)
        return ops.log_softmax(self.fc(h), axis=-1)


class GreedyCTC(nn.Cell):
    def __init__(self):
        super().__init__()
        self.model = AcousticModel()

    def construct(self, feats):
        logp = self.model(feats)
        best = logp[0].argmax(axis=-1).astype(ms.int32)
        prev = ops.concat((ops.fill(ms.int32, (1,), -1), best[:-1]))
        keep = ops.logical_and(best != prev, best != BLANK)
        tokens = ops.masked_select(best, keep)
        return logp, tokens


def make():
    return GreedyCTC(), (Tensor(np.random.randn(1, 20, 10).astype(np.float32)),)
