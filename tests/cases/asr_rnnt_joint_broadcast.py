# case: RNN-T joint network broadcasting encoder and predictor outputs to (B, T, U+1, V) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Predictor(nn.Cell):
    def __init__(self, vocab_size, dim, blank_id=0):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.lstm = nn.LSTM(dim, dim, batch_first=True)
        self.blank_id = blank_id

    def construct(self, labels):
        start = ops.full((labels.shape[0], 1), self.blank_id, dtype=labels.dtype)
        out, _ = self.lstm(self.embed(ops.concat((start, labels), axis=1)))
        return out


class RNNTJoint(nn.Cell):
    def __init__(self, enc_dim=16, pred_dim=16, joint_dim=24, vocab_size=11, activation="tanh"):
        super().__init__()
        self.predictor = Predictor(vocab_size, pred_dim)
        self.enc_proj = nn.Dense(enc_dim, joint_dim)
        self.pred_proj = nn.Dense(pred_dim, joint_dim)
        self.act = nn.Tanh() if activation == "tanh" else nn.ReLU()
        self.out = nn.Dense(joint_dim, vocab_size)

    def construct(self, enc, labels):
        pred = self.predictor(labels)
        f = self.enc_proj(enc).expand_dims(2)      # (B, T, 1, H)
        g = self.pred_proj(pred).expand_dims(1)    # (B, 1, U+1, H)
        return ops.log_softmax(self.out(self.act(f + g)), axis=-1)


def make():
    np.random.seed(13)
    enc = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    labels = Tensor(np.random.randint(1, 11, size=(2, 3)).astype(np.int32))
    return RNNTJoint(), (enc, labels)
