# case: jit function converting a radar dBZ sequence to rain rate with the Marshall-Palmer Z-R relation and a no-rain floor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

ZR_A = 200.0
ZR_B = 1.6
NO_RAIN_DBZ = 10.0


@ms.jit
def dbz_to_rain_rate(dbz_seq):
    # dbz_seq: (T, H, W)
    z = ops.pow(10.0, dbz_seq / 10.0)
    rate = ops.pow(z / ZR_A, 1.0 / ZR_B)
    rate = ops.where(dbz_seq < NO_RAIN_DBZ, ops.zeros_like(rate), rate)
    hourly = rate.mean(axis=0)
    return rate, hourly


def make():
    np.random.seed(114)
    dbz = Tensor(np.random.uniform(0, 55, (6, 8, 8)).astype(np.float32))
    return dbz_to_rain_rate, (dbz,)
