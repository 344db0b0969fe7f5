# case: jitted energy-based VAD trims silence before the encoder by gathering the frame indices returned by ops.nonzero(energy > threshold) -> number of speech frames depends on the data, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ENERGY_FLOOR_DB = -40.0


def frame_log_energy(feats):
    return 10.0 * ops.log10(ops.mean(ops.exp(feats), axis=-1) + 1e-10)


@ms.jit
def drop_silence(feats, threshold_db=ENERGY_FLOOR_DB):
    """feats: (T, F) log-mel of one utterance -> speech frames only."""
    energy = frame_log_energy(feats)
    rel = energy - energy.max()
    speech_idx = ops.nonzero(rel > threshold_db / 4).squeeze(-1)
    return ops.gather(feats, speech_idx, 0), speech_idx.shape[0]


def make():
    np.random.seed(29)
    feats = np.random.randn(60, 20).astype(np.float32)
    feats[:15] -= 6.0
    feats[50:] -= 6.0
    return drop_silence, (Tensor(feats),)
