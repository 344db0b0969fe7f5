# case: jit function that collects the set of pitch classes used in a melody via a Python set over tensor elements -> set of tensor values in graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def pitch_class_histogram(melody):
    used = set()
    for i in range(melody.shape[0]):
        used.add(melody[i] % 12)
    hist = ops.zeros((12,), ms.float32)
    for pc in used:
        hist[pc] = 1.0
    return hist


def make():
    np.random.seed(20)
    melody = Tensor(np.random.randint(60, 84, size=(8,)).astype(np.int32))
    return pitch_class_histogram, (melody,)
