# case: jitted post-processing finds event onsets (rising edges of the thresholded posteriorgram) and returns their (frame, class) indices with ops.nonzero -> output size depends on data, should be dynamic or rejected
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

ONSET_THRESHOLD = 0.5
OFFSET_THRESHOLD = 0.3


def _binarize(frame_probs, threshold=ONSET_THRESHOLD):
    return (frame_probs > threshold).astype(ms.int32)


def _rising_edges(active):
    prev = ops.concat((ops.zeros_like(active[:1]), active[:-1]), axis=0)
    return (active - prev) > 0


@ms.jit
def detect_onsets(frame_probs):
    # frame_probs: (T, C) for a single clip
    active = _binarize(frame_probs)
    onsets = _rising_edges(active)
    onset_idx = ops.nonzero(onsets)
    n_events = onsets.astype(ms.float32).sum()
    return onset_idx, n_events


def make():
    np.random.seed(3789)
    probs = Tensor(np.random.rand(64, 5).astype(np.float32))
    return detect_onsets, (probs,)
