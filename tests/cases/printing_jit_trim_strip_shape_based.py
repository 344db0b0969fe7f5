# case: jit function trims a scanned colour-bar profile using a length given as a plain Python int argument and normalises against the first patch -> static (Python int is a constant)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def trim_profile(profile, n_px, patch_px=4):
    n_px = min(n_px, profile.shape[0])
    trimmed = profile[:n_px]
    baseline = trimmed[:patch_px].mean()
    mask = (ops.arange(0, trimmed.shape[0]) >= patch_px).astype(ms.float32)
    return (trimmed - baseline) * mask


def make():
    np.random.seed(37)
    profile = np.random.uniform(0.1, 0.9, (64,)).astype(np.float32)
    return trim_profile, (Tensor(profile), 36)
