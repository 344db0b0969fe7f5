# case: BC-ResNet-style KWS model defines a KWSModelOutput class branch for return_dict=True, but the config default is False and no caller sets it, so construct only returns the tuple -> output-class branch never taken, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KWSModelOutput:
    def __init__(self, logits, embedding):
        self.logits = logits
        self.embedding = embedding


class BCResConfig:
    def __init__(self, n_mels=40, width=8, num_blocks=2, num_labels=12, return_dict=False):
        self.n_mels = n_mels
        self.width = width
        self.num_blocks = num_blocks
        self.num_labels = num_labels
        self.return_dict = return_dict


class BroadcastBlock(nn.Cell):
    def __init__(self, width):
        super().__init__()
        self.freq_conv = nn.Conv2d(width, width, (3, 1), pad_mode="same", group=width)
        self.time_conv = nn.Conv2d(width, width, (1, 3), pad_mode="same")

    def construct(self, x):
        f = self.freq_conv(x)
        t = self.time_conv(f.mean(axis=2, keep_dims=True))
        return ops.relu(x + f + t)


class BCResNetLite(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.stem = nn.Conv2d(1, config.width, 3, pad_mode="same")
        self.blocks = nn.CellList([BroadcastBlock(config.width) for _ in range(config.num_blocks)])
        self.cls = nn.Dense(config.width, config.num_labels)

    def construct(self, log_mel):
        x = self.stem(log_mel.expand_dims(1))
        for block in self.blocks:
            x = block(x)
        emb = x.mean(axis=(2, 3))
        logits = self.cls(emb)
        if self.return_dict:
            return KWSModelOutput(logits, emb)
        return logits, emb


def make():
    np.random.seed(38326)
    log_mel = Tensor(np.random.randn(2, 40, 32).astype(np.float32))
    return BCResNetLite(BCResConfig()), (log_mel,)
