# case: jit-compiled crew pairing credit function loops over range(int(n_duties)) from a tensor and grows a list of per-duty credit hours -> loop count from data, list length unknown at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def credit_hours(block, duty):
    # credit is the max of block time and 50% of duty time
    return ops.maximum(block, 0.5 * duty)


@ms.jit
def pairing_credit(block_h, duty_h, n_duties):
    credits = []
    for d in range(int(n_duties)):
        credits.append(credit_hours(block_h[d], duty_h[d]))
    per_duty = ops.stack(credits)
    return per_duty, per_duty.sum()


def make():
    np.random.seed(181)
    block = Tensor((2 + 5 * np.random.rand(5)).astype(np.float32))
    duty = Tensor((6 + 6 * np.random.rand(5)).astype(np.float32))
    n = Tensor(np.array(4, dtype=np.int32))
    return pairing_credit, (block, duty, n)
