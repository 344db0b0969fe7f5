# case: frame-wise SED head trims the posteriorgram to the frames above the onset threshold, counted by a module helper -> int() of a tensor sum used as a slice length should break static shapes (error or dynamic)
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ONSET_THRESHOLD = 0.5


@dataclass
class SEDConfig:
    n_mels: int = 32
    n_classes: int = 10
    onset_threshold: float = ONSET_THRESHOLD
    return_dict: bool = False


def _count_active_frames(frame_probs, threshold):
    active = (frame_probs.max(axis=-1) > threshold).astype(ms.int32)
    return int(active.sum())


class FramewiseHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.n_mels, config.n_classes)
        self.threshold = config.onset_threshold
        self.return_dict = config.return_dict

    def construct(self, feats):
        # feats: (T, n_mels), one clip
        frame_probs = ops.sigmoid(self.proj(feats))
        n_active = _count_active_frames(frame_probs, self.threshold)
        active = frame_probs[:n_active]
        clipwise = active.mean(axis=0)
        return (clipwise, frame_probs)


def make():
    np.random.seed(3781)
    config = SEDConfig()
    feats = Tensor(np.random.randn(48, config.n_mels).astype(np.float32))
    return FramewiseHead(config), (feats,)
