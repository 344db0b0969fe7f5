# case: rehearsal script tracker runs an LSTM over spoken-line features and returns a dict of named heads with constant string keys -> constant-key dict, expect fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScriptTracker(nn.Cell):
    def __init__(self, feat=20, hidden=32, n_lines=50, n_layers=1):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, num_layers=n_layers, batch_first=True)
        self.line_head = nn.Dense(hidden, n_lines)
        self.cue_head = nn.Dense(hidden, 1)

    def construct(self, audio_feats):
        out, _ = self.lstm(audio_feats)
        last = out[:, -1, :]
        heads = {"line_logits": self.line_head(last),
                 "cue_ready": ops.sigmoid(self.cue_head(last)).squeeze(-1)}
        return heads["line_logits"].argmax(axis=-1), heads["cue_ready"]


def make():
    np.random.seed(221)
    feats = Tensor(np.random.rand(2, 15, 20).astype(np.float32))
    return ScriptTracker(), (feats,)
