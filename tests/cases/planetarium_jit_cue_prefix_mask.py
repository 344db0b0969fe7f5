# case: jitted helper sums energy of played cues using an arange prefix mask instead of slicing -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def played_cue_energy(cue_levels, cue_durations, played):
    n_cues = cue_levels.shape[0]
    order = ops.arange(0, n_cues, dtype=ms.int32)
    mask = (order < played).astype(ms.float32)
    return ops.reduce_sum(cue_levels * cue_levels * cue_durations * mask)


def make():
    np.random.seed(362)
    levels = Tensor(np.random.rand(24).astype(np.float32))
    durs = Tensor(np.random.uniform(1.0, 10.0, 24).astype(np.float32))
    return played_cue_energy, (levels, durs, Tensor(np.array(9, np.int32)))
