# case: speaker-conditioned encoder with Optional speaker_ids=None and isinstance guards, defaults to a learned global speaker vector -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class SpeakerConfig:
    n_speakers = 8
    hidden_size = 16
    share_default_speaker = True


class SpeakerConditioning(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.table = nn.Embedding(config.n_speakers, config.hidden_size)
        self.share_default = config.share_default_speaker
        self._init_default(config.hidden_size)

    def _init_default(self, dim):
        self.default_speaker = Parameter(initializer(Normal(0.02), (1, 1, dim), ms.float32), name="default_speaker")

    def construct(self, hidden, speaker_ids=None, speaker_scale=None):
        if speaker_ids is None:
            spk = self.default_speaker
        elif isinstance(speaker_ids, Tensor):
            spk = self.table(speaker_ids).expand_dims(1)
        else:
            spk = self.table(Tensor(speaker_ids, ms.int32)).expand_dims(1)
        if speaker_scale is not None:
            spk = spk * speaker_scale
        return hidden + spk


def make():
    np.random.seed(20)
    cfg = SpeakerConfig()
    hidden = Tensor(np.random.randn(4, 10, cfg.hidden_size).astype(np.float32))
    return SpeakerConditioning(cfg), (hidden,)
