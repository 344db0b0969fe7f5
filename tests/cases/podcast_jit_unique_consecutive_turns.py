# case: @ms.jit function compresses per-frame speaker labels into speaker turns with ops.unique_consecutive and returns turn lengths -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def speaker_turns(frame_labels):
    turns, _, counts = ops.unique_consecutive(frame_labels, return_inverse=True, return_counts=True)
    turn_seconds = counts.astype(ms.float32) * 0.02
    return turns, turn_seconds


def make():
    np.random.seed(21)
    labels = np.repeat(np.random.randint(0, 3, size=(8,)), np.random.randint(2, 6, size=(8,)))
    return speaker_turns, (Tensor(labels.astype(np.int32)),)
