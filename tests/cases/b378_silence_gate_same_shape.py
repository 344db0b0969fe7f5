# case: tagger zeroes its logits when the mean log-mel energy is below a silence floor, branching on a tensor comparison whose branches keep the same shape -> ordinary control flow, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SILENCE_DB = -60.0


class GateConfig:
    n_mels = 32
    n_classes = 6
    silence_db = SILENCE_DB
    use_silence_gate = True


class SilenceGatedTagger(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc = nn.Dense(config.n_mels, config.n_classes)
        self.silence_db = getattr(config, "silence_db", SILENCE_DB)
        self.use_gate = config.use_silence_gate

    def construct(self, logmel_db):
        logits = self.fc(logmel_db).mean(axis=1)      # (B, C)
        if self.use_gate:
            energy = logmel_db.mean()
            if energy < self.silence_db:
                logits = ops.full_like(logits, -20.0)
            else:
                logits = logits * 1.0
        return ops.sigmoid(logits)


def make():
    np.random.seed(3795)
    logmel_db = Tensor((np.random.randn(2, 40, 32) * 10 - 40).astype(np.float32))
    return SilenceGatedTagger(GateConfig()), (logmel_db,)
