# case: jitted helper trims the show cue table to the number of cues already played, count read with .item() -> slice length from tensor data inside ms.jit
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def played_cue_energy(cue_levels, cue_durations, played):
    n = played.item()
    lv = cue_levels[:n]
    du = cue_durations[:n]
    return ops.reduce_sum(lv * lv * du)


def make():
    np.random.seed(361)
    levels = Tensor(np.random.rand(24).astype(np.float32))
    durs = Tensor(np.random.uniform(1.0, 10.0, 24).astype(np.float32))
    return played_cue_energy, (levels, durs, Tensor(np.array(9, np.int32)))
