# case: jit function selects links under rain fade with masked_select and returns the mean attenuation of faded links -> masked_select inside ms.jit, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

FADE_THRESHOLD_DB = 3.0


@ms.jit
def faded_link_stats(atten_db, clear_sky_db):
    excess = atten_db - clear_sky_db
    faded = ops.masked_select(excess, excess > FADE_THRESHOLD_DB)
    count = faded.shape[0]
    mean_fade = faded.sum() / (count + 1e-6)
    return mean_fade, faded


def make():
    np.random.seed(20)
    atten = Tensor(np.random.uniform(0, 10, size=(16,)).astype(np.float32))
    clear = Tensor(np.random.uniform(0.5, 1.5, size=(16,)).astype(np.float32))
    return faded_link_stats, (atten, clear)
