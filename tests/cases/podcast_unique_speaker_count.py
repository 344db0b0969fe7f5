# case: count distinct speakers in an episode with ops.unique on per-segment speaker labels and normalise talk time by that count -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerTalkShare(nn.Cell):
    def __init__(self, max_speakers=6):
        super().__init__()
        self.max_speakers = max_speakers

    def construct(self, speaker_ids, seg_durations):
        distinct, _ = ops.unique(speaker_ids)
        n_speakers = distinct.shape[0]
        onehot = ops.one_hot(speaker_ids, self.max_speakers,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        talk_time = ops.matmul(seg_durations.reshape(1, -1), onehot).squeeze(0)
        fair_share = seg_durations.sum() / n_speakers
        return talk_time / fair_share, distinct


def make():
    np.random.seed(3)
    ids = Tensor(np.random.randint(0, 4, size=(25,)).astype(np.int32))
    dur = Tensor(np.random.uniform(1.0, 12.0, size=(25,)).astype(np.float32))
    return SpeakerTalkShare(), (ids, dur)
