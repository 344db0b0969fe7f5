# case: inference postnet drops the final frame when its stop logit fires, so the two branches return different shapes -> compile error at line 36
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Postnet(nn.Cell):
    def __init__(self, n_mels=8, channels=16, n_layers=3, kernel=5):
        super().__init__()
        layers = []
        for i in range(n_layers):
            cin = n_mels if i == 0 else channels
            cout = n_mels if i == n_layers - 1 else channels
            layers.append(nn.Conv1d(cin, cout, kernel, pad_mode="same", has_bias=True))
            if i < n_layers - 1:
                layers.append(nn.Tanh())
        self.net = nn.SequentialCell(layers)

    def construct(self, mel):
        return mel + self.net(mel.transpose(0, 2, 1)).transpose(0, 2, 1)


class MelStopHead(nn.Cell):
    def __init__(self, hidden=16, n_mels=8, stop_threshold=0.0):
        super().__init__()
        self.mel_linear = nn.Dense(hidden, n_mels)
        self.stop_linear = nn.Dense(hidden, 1)
        self.postnet = Postnet(n_mels)
        self.stop_threshold = stop_threshold

    def construct(self, dec_hidden):
        mel = self.mel_linear(dec_hidden)
        stop_logits = self.stop_linear(dec_hidden).squeeze(-1)
        mel = self.postnet(mel)
        if stop_logits[0, -1] > self.stop_threshold:
            mel = mel[:, :-1]
        return mel, stop_logits


def make():
    np.random.seed(12)
    h = Tensor(np.random.randn(1, 7, 16).astype(np.float32))
    return MelStopHead(), (h,)
