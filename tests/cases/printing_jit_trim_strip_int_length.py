# case: jit function trims a scanned colour-bar profile to the printed length, computing the pixel count with int() of a tensor and slicing with it -> int of tensor used as slice length in graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def trim_profile(profile, printed_mm, px_per_mm):
    n_px = int(printed_mm * px_per_mm)
    trimmed = profile[:n_px]
    baseline = trimmed[:4].mean()
    return trimmed - baseline


def make():
    np.random.seed(36)
    profile = np.random.uniform(0.1, 0.9, (64,)).astype(np.float32)
    return trim_profile, (Tensor(profile), Tensor(3.0, ms.float32), Tensor(12.0, ms.float32))
